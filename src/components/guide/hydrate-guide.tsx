/** Hydrates the step that Guide.astro rendered, with the props it wrote beside it. */
import { hydrate } from 'preact';
import GuideIsland, { type GuideIslandProps } from './GuideIsland';

const root = document.querySelector<HTMLElement>('[data-guide-props]');
if (root) hydrate(<GuideIsland {...(JSON.parse(root.dataset.guideProps!) as GuideIslandProps)} />, root);
