/**
 * Heading ids of an MDX page without running the MDX pipeline, for the early check at build start.
 * Mirrors Astro's rehypeHeadingIds: github-slugger over the heading's plain text, one slugger per page.
 * The pages themselves re-check links against render().headings, which is exact.
 */
import GithubSlugger from 'github-slugger';

function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .trim();
}

export function extractHeadings(source: string): { slug: string; text: string }[] {
  const slugger = new GithubSlugger();
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const headings: { slug: string; text: string }[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === undefined) fence = marker[0]!;
      else if (marker[0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const match = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!match) continue;
    const text = plainText(match[1]!);
    headings.push({ text, slug: slugger.slug(text) });
  }
  return headings;
}
