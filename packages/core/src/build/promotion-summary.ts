/** The job summary of a retag or resolve: each source, how the policy chose it, every tag. Pure. */
import { describeTagPolicy } from '../policy/tag-policy.js';
import { escapeMarkdown, inlineCode, markdownTable } from '../markdown.js';
import type { SourceSpec } from './resolve-source.js';
import type { PromotedImage, SourcePromotion } from './promote-source.js';
import type { PlannedTag } from './retag.js';

const ACTION_WORDS: Record<PlannedTag['action'], string> = {
  push: 'pushed',
  move: 'moved (alias)',
  keep: 'already there',
};

function choiceLine(image: PromotedImage, spec: SourceSpec): string {
  const { choice } = image.source;
  if (spec.kind === 'tag' || choice === undefined) return `explicit \`from-tag\``;
  return `${inlineCode(describeTagPolicy(spec.policy))}: ${choice.listed} tags listed, ${choice.kept} kept by the filter, ${choice.candidates} candidates, winner ${inlineCode(choice.tag)}`;
}

function tagRows(image: PromotedImage, result: SourcePromotion): string[][] {
  return image.tags.map((t) => [
    inlineCode(`${image.source.repository}:${t.tag}`),
    t.alias ? 'alias' : 'immutable',
    result.dryRun && t.action !== 'keep'
      ? `would be ${ACTION_WORDS[t.action]}`
      : ACTION_WORDS[t.action],
  ]);
}

function imageSection(image: PromotedImage, result: SourcePromotion, spec: SourceSpec): string {
  const { source } = image;
  const lines = [
    `### ${escapeMarkdown(source.service)}`,
    '',
    `- Source: ${inlineCode(`${source.repository}:${source.tag}`)} (${source.kind}) ${inlineCode(source.digest)}`,
    `- Chosen by: ${choiceLine(image, spec)}`,
    `- Version: ${image.version ? `${inlineCode(image.version.value)} (from ${image.version.from})` : 'none'}; commit ${inlineCode(image.sha.value)} (from ${image.sha.from})`,
  ];
  if (image.tags.length > 0)
    lines.push('', markdownTable(['Tag', 'Kind', 'Result'], tagRows(image, result)));
  return lines.join('\n');
}

/** Markdown for the job summary. */
export function promotionSummary(result: SourcePromotion, spec: SourceSpec): string {
  const title =
    result.mode === 'resolve' ? 'Resolved source' : result.dryRun ? 'Retag (dry run)' : 'Retag';
  const sections = result.images.map((image) => imageSection(image, result, spec));
  return `## ${title}\n\n${sections.join('\n\n')}\n`;
}
