import { describe, expect, it } from 'vitest';
import { compactMoneyFormatter } from '../../shared/i18n/compactMoney';

// Intl puts a narrow no-break space in French amounts: compared with plain spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('short money on charts', () => {
  it('rounds amounts under a thousand to whole units, never one stray decimal', () => {
    const en = compactMoneyFormatter('en-US', 'EUR');
    const fr = compactMoneyFormatter('fr-FR', 'EUR');
    expect(en(-70_059)).toBe('-€701');
    expect(plain(fr(-70_059))).toBe('-701 €');
    expect(en(47_350)).toBe('€474');
  });

  it('keeps small amounts with cents exact and large ones compact', () => {
    const en = compactMoneyFormatter('en-US', 'EUR');
    expect(en(250)).toBe('€2.50');
    expect(en(2_500)).toBe('€25');
    // ICU versions differ on the case of the thousands suffix.
    expect(en(2_155_300)).toMatch(/^€21\.6K$/i);
  });
});
