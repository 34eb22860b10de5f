import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasBuyerName, withoutBuyerName } from '../../../src/lib/templates/buyer-name';

describe('the greeting without a buyer name', () => {
  it('drops the name with its comma', () => {
    expect(withoutBuyerName('Здравствуйте, [имя покупателя]! Мы получили заявку.')).toBe('Здравствуйте! Мы получили заявку.');
    expect(withoutBuyerName('Здравствуйте! Мы получили заявку.')).toBe('Здравствуйте! Мы получили заявку.');
  });

  it('leaves every real template greeting as a plain «Здравствуйте!» with nothing dangling', () => {
    for (const file of readdirSync('content/templates')) {
      const { ru } = parse(readFileSync(`content/templates/${file}`, 'utf8')) as { ru: string };
      const plain = withoutBuyerName(ru);
      expect(plain, file).not.toContain('[имя покупателя]');
      expect(plain, file).not.toMatch(/,\s*!/);
      if (hasBuyerName(ru)) expect(plain.startsWith('Здравствуйте!'), file).toBe(true);
    }
  });
});
