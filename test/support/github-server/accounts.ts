/**
 * The GitHub accounts the server knows: the token's user, the repository owner, a human who
 * pushes and labels by hand, GitHub's `web-flow` committer, and anyone named in a request.
 */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  name: string;
  email: string;
}

const GITHUB_ACTIONS_BOT: Account = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** GitHub's committer for commits made through the API or the web interface. */
export const WEB_FLOW: Account = {
  login: 'web-flow',
  id: 19864447,
  type: 'User',
  name: 'GitHub',
  email: 'noreply@github.com',
};

export class Accounts {
  readonly viewer: Account;
  readonly owner: Account;
  readonly human: Account;
  private readonly byLogin = new Map<string, Account>();
  private nextId = 5_000_001;

  constructor(owner: string, viewerLogin: string | undefined) {
    this.viewer = viewerLogin === undefined ? GITHUB_ACTIONS_BOT : this.userFor(viewerLogin);
    this.owner = {
      login: owner,
      id: 9_000_001,
      type: 'Organization',
      name: owner,
      email: `${owner}@users.noreply.github.com`,
    };
    this.human = this.userFor('octo-human', 'Octo Human');
    for (const account of [this.viewer, this.owner, this.human, WEB_FLOW]) this.remember(account);
  }

  /** The account with this login (logins are case-insensitive), made up on first mention. */
  get(login: string): Account {
    return this.byLogin.get(login.toLowerCase()) ?? this.remember(this.userFor(login));
  }

  /** The account whose commit email this is, if any. */
  byEmail(email: string): Account | undefined {
    return [...this.byLogin.values()].find(
      (account) => account.email.toLowerCase() === email.toLowerCase(),
    );
  }

  private userFor(login: string, name = login): Account {
    const id = this.nextId++;
    return { login, id, type: 'User', name, email: `${id}+${login}@users.noreply.github.com` };
  }

  private remember(account: Account): Account {
    this.byLogin.set(account.login.toLowerCase(), account);
    return account;
  }
}
