import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Headings of the same role look the same on every screen: each screen's stylesheet sizes its
 * page, section and card titles with the role tokens of renderer/src/styles/tokens.css, never
 * with a raw step of the type scale (which is how the card titles had drifted apart).
 */

const RENDERER = path.join(import.meta.dirname, '..', '..', 'renderer', 'src');

interface Rule {
  file: string;
  selector: string;
  fontSize: string;
}

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** Innermost `selector { … }` blocks that set a font size (those inside @media included). */
function fontSizeRules(file: string): Rule[] {
  const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  for (const [, selector = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const fontSize = /(?:^|;)\s*font-size\s*:\s*([^;]+)/.exec(body)?.[1]?.trim();
    if (fontSize !== undefined) {
      rules.push({ file: path.relative(RENDERER, file), selector: selector.trim(), fontSize });
    }
  }
  return rules;
}

/** The role a selector's last compound names, by the class naming convention. */
function roleOf(selector: string): 'page' | 'section' | 'card' | undefined {
  const last = selector.split(/[\s>+~]+/).at(-1) ?? '';
  if (/\.page-title$/.test(last)) return 'page';
  if (/\.(?:[\w-]+-)?section-title$/.test(last)) return 'section';
  if (/\.(?:[\w-]+-card-title|panel-title|[\w-]+-panel-title|pledge-title)$/.test(last)) {
    // A dialog's title heads the whole dialog: the section size.
    return /(?:^|\s)dialog\b/.test(selector) ? 'section' : 'card';
  }
  return undefined;
}

const allRules = cssFiles(RENDERER).flatMap(fontSizeRules);
const titleRules = allRules.flatMap((rule) =>
  rule.selector.split(',').flatMap((selector) => {
    const role = roleOf(selector.trim());
    return role ? [{ ...rule, selector: selector.trim(), role }] : [];
  }),
);

describe('title sizes by role', () => {
  it('finds the titles of every kind of screen', () => {
    const selectors = titleRules.map((rule) => rule.selector);
    for (const expected of [
      '.page-title',
      '.panel-title',
      '.dashboard-card-title',
      '.campaign-card-title',
      '.financing-section-title',
      '.campaign-section-title',
    ]) {
      expect(selectors).toContain(expected);
    }
  });

  it.each(titleRules.map((rule) => [`${rule.file} ${rule.selector}`, rule] as const))(
    '%s uses its role token',
    (_, rule) => {
      expect(rule.fontSize).toBe(`var(--text-${rule.role}-title)`);
    },
  );

  it('defines the role tokens on the type scale', () => {
    const tokens = fs.readFileSync(path.join(RENDERER, 'styles', 'tokens.css'), 'utf8');
    for (const role of ['page', 'section', 'card']) {
      expect(tokens).toMatch(new RegExp(`--text-${role}-title:\\s*var\\(--text-[\\w]+\\);`));
    }
  });
});
