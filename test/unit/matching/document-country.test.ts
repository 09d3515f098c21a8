import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/claims/claim';
import { claimCountry, documentCountry } from '../../../lib/matching/document-country';
import { makeClaim } from './make-claim';

const place = (key: string): Entity => ({ text: key, key, kind: 'place', start: 0, end: key.length });
const mentioning = (...keys: string[]) => makeClaim({ text: keys.join(' '), entities: keys.map(place) });

describe('documentCountry', () => {
  it('is the country a report names far more often than any other', () => {
    const report = [mentioning('mm', 'th'), mentioning('mm'), mentioning('mm', 'kyiv'), mentioning('mm')];
    expect(documentCountry(report)).toBe('mm');
  });

  it('is none when another country is named nearly as often, or a country only once or twice', () => {
    expect(documentCountry([mentioning('md', 'russia'), mentioning('md', 'russia'), mentioning('russia')])).toBe(
      undefined,
    );
    expect(documentCountry([mentioning('md'), mentioning('md')])).toBe(undefined);
  });

  it('never counts a town or region, which may lie inside the country', () => {
    expect(documentCountry([mentioning('kyiv'), mentioning('kyiv'), mentioning('kyiv')])).toBe(undefined);
  });
});

describe('claimCountry', () => {
  it('is the one country the claim names, else the document’s, and none when the claim names two', () => {
    expect(claimCountry(mentioning('th'), 'mm')).toBe('th');
    expect(claimCountry(mentioning('kyiv'), 'mm')).toBe('mm');
    expect(claimCountry(mentioning('th', 'mm'), 'mm')).toBe(undefined);
  });
});
