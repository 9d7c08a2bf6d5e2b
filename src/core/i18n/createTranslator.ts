import type { Lang } from '../model/Lang';
import type { Catalog } from './Catalog';

export type Params = Record<string, string | number>;
export type Translate<K extends string> = (lang: Lang, key: K, params?: Params) => string;

/**
 * A translator bound to one catalog, so a bundle (the send guard) carries only the messages it uses.
 * `{name}` placeholders are replaced; a missing parameter stays visible rather than vanishing.
 */
export function createTranslator<K extends string>(catalog: Catalog<K>): Translate<K> {
  return (lang, key, params) => {
    const template = catalog[lang][key] ?? catalog['en-US'][key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
  };
}
