/**
 * The URLs in the server's answers, built from its own base URL: API URLs under `apiUrl`,
 * web (html) URLs under `webUrl`.
 */
export class Urls {
  constructor(
    readonly apiUrl: string,
    readonly webUrl: string,
    readonly owner: string,
    readonly repo: string,
  ) {}

  api(path: string): string {
    return `${this.apiUrl}${path}`;
  }

  /** `…/repos/{owner}/{repo}{path}` */
  repoApi(path = ''): string {
    return `${this.apiUrl}/repos/${this.owner}/${this.repo}${path}`;
  }

  web(path: string): string {
    return `${this.webUrl}${path}`;
  }

  /** `…/{owner}/{repo}{path}` on the web side. */
  repoWeb(path = ''): string {
    return `${this.webUrl}/${this.owner}/${this.repo}${path}`;
  }

  /** A path of the repository with each segment percent-encoded. */
  static encodePath(path: string): string {
    return path.split('/').map(encodeURIComponent).join('/');
  }
}
