import type pg from 'pg';
import { pinyin } from 'pinyin-pro';
import { productsWithoutPinyin, setPinyinKeys } from './sql.ts';

/**
 * A product name's pinyin keys, stored beside the name so that search matches `kele` and `kkkl`
 * (可口可乐) in SQL. Syllables of a word run together and words keep their spaces, so a typed term
 * (never containing a space) matches within a word; ü is written v, as pinyin keyboards type it.
 */
export function pinyinKeys(name: string): { namePinyin: string; nameInitials: string } {
  const keys = (pattern: 'pinyin' | 'first') =>
    pinyin(name, { pattern, toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('').toLowerCase();
  return { namePinyin: keys('pinyin'), nameInitials: keys('first') };
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;

/**
 * A search term as the stored keys can match it: Chinese as typed (it matches the name), and a term
 * mixing Chinese with Latin letters (可口kele) as its pinyin, which the stored full pinyin contains.
 */
export function searchTerm(term: string): string {
  return HAN.test(term) && LATIN.test(term) ? pinyinKeys(term).namePinyin : term;
}

/**
 * Fills the pinyin keys of products that have none (a database seeded before the keys existed), so
 * that pinyin search finds them; run at start-up. Answers how many products it filled.
 */
export async function fillMissingPinyinKeys(pool: pg.Pool): Promise<number> {
  const products = await productsWithoutPinyin(pool);
  if (products.length > 0) await setPinyinKeys(pool, products.map(({ id, name }) => ({ id, ...pinyinKeys(name) })));
  return products.length;
}
