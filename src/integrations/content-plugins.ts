/**
 * Markdown/MDX steps that run while a content page compiles:
 * - checkComponentProps: a component written with a wrong prop (<Callout kind="rules">) fails the build with
 *   file and line;
 * - absoluteLinks: authors write relative links (../precautions/#保留证据) and the page ships them
 *   base-aware and absolute, so they work whether or not the host redirects /dir to /dir/.
 */
import path from 'node:path';
import type { Root as HastRoot, Element, RootContent as HastContent } from 'hast';
import type { VFile } from 'vfile';
import { checkComponentProps, contentPagePath, type WrittenProps } from '../lib/content/components';
import { absoluteHref } from '../lib/site/links';
import { buildFailure } from './build-failure';

const CONTENT_DIR = path.resolve('content');

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
  position?: { start: { line: number; column: number } };
}

function writtenProps(node: JsxNode): WrittenProps {
  const props: WrittenProps = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    props[attr.name] = attr.value === null || attr.value === undefined ? true : typeof attr.value === 'string' ? attr.value : null;
  }
  return props;
}

export function remarkCheckComponents() {
  return (tree: JsxNode, file: VFile) => {
    const problems: string[] = [];
    const where = path.relative(process.cwd(), file.path);
    const walk = (node: JsxNode) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
        const line = node.position?.start.line ?? 0;
        for (const problem of checkComponentProps(node.name, writtenProps(node))) problems.push(`  - ${where}:${line}：${problem}`);
      }
      node.children?.forEach(walk);
    };
    walk(tree);
    if (problems.length > 0) {
      throw buildFailure([`组件写法有 ${problems.length} 个问题 (invalid component props):`, ...problems].join('\n'));
    }
  };
}

export function rehypeAbsoluteLinks(options: { base: string }) {
  return (tree: HastRoot, file: VFile) => {
    const pagePath = file.path ? contentPagePath(path.relative(CONTENT_DIR, file.path)) : undefined;
    if (!pagePath) return;
    const walk = (node: HastRoot | HastContent) => {
      if (node.type === 'element' && (node as Element).tagName === 'a') {
        const props = (node as Element).properties;
        if (typeof props.href === 'string') props.href = absoluteHref(props.href, pagePath, options.base);
      }
      if ('children' in node) node.children.forEach(walk);
    };
    walk(tree);
  };
}
