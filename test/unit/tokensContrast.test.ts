import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The design tokens' colour pairs meet WCAG 2.1 AA in both themes: text 4.5:1 against the
 * backgrounds it is drawn on (1.4.3), the focus ring 3:1 against what surrounds it (1.4.11).
 * Read from renderer/src/styles/tokens.css itself, so a new shade that reads poorly fails here.
 */

const TOKENS_CSS = path.join(
  import.meta.dirname,
  '..',
  '..',
  'renderer',
  'src',
  'styles',
  'tokens.css',
);

type Theme = ReadonlyMap<string, string>;

/** `--name: value;` declarations of one block of CSS (comments removed). */
function declarations(block: string): Map<string, string> {
  const found = new Map<string, string>();
  const uncommented = block.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of uncommented.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    const [, name, value] = match;
    if (name !== undefined && value !== undefined) found.set(name, value.trim());
  }
  return found;
}

/** The light theme (the first `:root` block) and the dark one (light, overridden by the media query). */
function readThemes(css: string): { light: Theme; dark: Theme } {
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  if (darkAt < 0) throw new Error(`${TOKENS_CSS}: no "@media (prefers-color-scheme: dark)" block`);
  const light = declarations(css.slice(0, darkAt));
  const overrides = declarations(css.slice(darkAt));
  return { light, dark: new Map([...light, ...overrides]) };
}

/** A token's colour as [r, g, b] (0–255), following `var(--other)` references. */
function rgbOf(
  theme: Theme,
  token: string,
  seen: readonly string[] = [],
): [number, number, number] {
  const value = theme.get(token);
  if (value === undefined) throw new Error(`${TOKENS_CSS}: ${token} is not defined`);
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  if (reference?.[1] !== undefined) {
    if (seen.includes(reference[1])) throw new Error(`${token}: circular var() reference`);
    return rgbOf(theme, reference[1], [...seen, token]);
  }
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (hex === undefined) throw new Error(`${token}: "${value}" is not a #rgb or #rrggbb colour`);
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as [number, number, number];
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrastRatio(
  a: readonly [number, number, number],
  b: readonly [number, number, number],
): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Text colours and every background the interface draws them on. */
const TEXT_PAIRS: readonly (readonly [foreground: string, backgrounds: readonly string[]])[] = [
  [
    '--color-text',
    ['--color-bg', '--color-surface', '--color-surface-muted', '--color-accent-soft'],
  ],
  ['--color-text-muted', ['--color-bg', '--color-surface', '--color-surface-muted']],
  ['--color-text-faint', ['--color-bg', '--color-surface', '--color-surface-muted']],
  [
    '--color-accent',
    ['--color-bg', '--color-surface', '--color-surface-muted', '--color-accent-soft'],
  ],
  ['--color-on-accent', ['--color-accent', '--color-accent-hover']],
  ['--color-positive', ['--color-surface', '--color-positive-soft']],
  ['--color-negative', ['--color-bg', '--color-surface', '--color-negative-soft']],
  ['--color-warning', ['--color-bg', '--color-surface', '--color-surface-muted']],
  ['--color-rail-text', ['--color-rail', '--color-rail-hover']],
  ['--color-rail-text-strong', ['--color-rail', '--color-rail-hover', '--color-rail-active']],
  ['--color-on-crowd', ['--color-crowd']],
];

/** Non-text: the focus ring against the surfaces a focused control sits on. */
const FOCUS_BACKGROUNDS = ['--color-bg', '--color-surface', '--color-surface-muted'];

const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

const themes = readThemes(fs.readFileSync(TOKENS_CSS, 'utf8'));

describe('contrast ratio (WCAG 2.1 definition)', () => {
  it('is 21:1 for black on white, 1:1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([90, 100, 116], [90, 100, 116])).toBe(1);
    expect(contrastRatio([31, 79, 143], [244, 245, 247])).toBe(
      contrastRatio([244, 245, 247], [31, 79, 143]),
    );
  });
});

describe('tokens.css', () => {
  it('reads a dark theme that overrides the light colours', () => {
    const overridden = [...themes.light.keys()].filter(
      (token) => token.startsWith('--color-') && themes.dark.get(token) !== themes.light.get(token),
    );
    expect(overridden).toContain('--color-bg');
    expect(overridden).toContain('--color-text');
    expect(rgbOf(themes.dark, '--color-bg')).not.toEqual(rgbOf(themes.light, '--color-bg'));
  });

  for (const [name, theme] of Object.entries(themes)) {
    describe(`${name} theme`, () => {
      for (const [foreground, backgrounds] of TEXT_PAIRS) {
        for (const background of backgrounds) {
          it(`${foreground} on ${background} reads at AA (${AA_TEXT}:1)`, () => {
            const ratio = contrastRatio(rgbOf(theme, foreground), rgbOf(theme, background));
            expect(
              ratio,
              `${name}: ${foreground} on ${background} is ${ratio.toFixed(2)}:1`,
            ).toBeGreaterThanOrEqual(AA_TEXT);
          });
        }
      }
      for (const background of FOCUS_BACKGROUNDS) {
        it(`the focus ring stands out from ${background} (${AA_NON_TEXT}:1)`, () => {
          const ratio = contrastRatio(rgbOf(theme, '--color-focus'), rgbOf(theme, background));
          expect(
            ratio,
            `${name}: --color-focus on ${background} is ${ratio.toFixed(2)}:1`,
          ).toBeGreaterThanOrEqual(AA_NON_TEXT);
        });
      }
    });
  }
});
