/**
 * @astrojs/mdx marks every MDX module "use astro:head-inject"; Rolldown then warns once per page that it may
 * drop the directive, although Astro has already read it (withastro/astro#18087). This drops exactly that
 * warning in every build environment (Astro sets each environment's bundler options itself, so a top-level
 * `build.rolldownOptions.onwarn` never reaches them); any other warning still prints.
 */
import type { Plugin } from 'vite';

interface Warning {
  code?: string;
  message: string;
}

export function isHeadInjectWarning(warning: Warning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

export function quietHeadInject(): Plugin {
  return {
    name: 'refund-playbook:quiet-head-inject',
    configEnvironment() {
      return {
        build: {
          rolldownOptions: {
            onwarn(warning: Warning, warn: (w: Warning) => void) {
              if (!isHeadInjectWarning(warning)) warn(warning);
            },
          },
        },
      };
    },
  };
}
