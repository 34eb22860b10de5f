/**
 * Heading ids come from Astro's own slugger (so `headings` from render() and the ids agree);
 * then every h2/h3 gets a visible "#" link that readers can copy to share a section.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import type { RehypePlugins } from 'astro';
import type { Element, ElementContent } from 'hast';

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

export const headingAnchorPlugins: RehypePlugins = [
  rehypeHeadingIds,
  [
    rehypeAutolinkHeadings,
    {
      behavior: 'append',
      test: ['h2', 'h3'],
      properties: (heading: Element) => ({
        className: ['heading-anchor'],
        // Keep the "#" out of the search index, or every result's section title ends in "#".
        dataPagefindIgnore: '',
        'aria-label': `本节链接：${textOf(heading)}`,
      }),
      content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    },
  ],
];
