import { distance } from 'fastest-levenshtein';

export interface NamedProduct {
  sku: string;
  name: string;
}

/** Two SKUs whose names differ by a typo or two: candidates for a merchandiser to merge. */
export interface DuplicatePair {
  skus: [string, string];
  names: [string, string];
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/**
 * Compares every product name with every other (quadratic, pure CPU): names within 10% edit distance of each
 * other, after ignoring case, spaces and punctuation, are reported as possible duplicates.
 */
export function findNearDuplicates(products: NamedProduct[]): DuplicatePair[] {
  const keys = products.map((p) => normalise(p.name));
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < products.length; i += 1) {
    for (let j = i + 1; j < products.length; j += 1) {
      const a = keys[i] ?? '';
      const b = keys[j] ?? '';
      const limit = Math.floor(Math.max(a.length, b.length) / 10);
      if (Math.abs(a.length - b.length) <= limit && distance(a, b) <= limit) {
        const [p, q] = [products[i] as NamedProduct, products[j] as NamedProduct];
        pairs.push({ skus: [p.sku, q.sku], names: [p.name, q.name] });
      }
    }
  }
  return pairs;
}
