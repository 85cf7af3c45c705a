import { organisationName, personName, splitByline, uniqueAuthors, type Author } from './author-name';
import { cleanDate, cleanDoi, cleanLanguage, cleanText, cleanUrl, MAX_NAME } from './clean-field';
import type { FoundFields } from './found-fields';

/**
 * schema.org JSON-LD, as news sites write it: one article object, an array of them, or a Yoast
 * style `@graph` whose article names its author and publisher by `@id`. The first article-like
 * node wins. Malformed JSON, odd shapes and huge scripts are skipped, never thrown on.
 */

const NEWS =
  /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting)$/;
const ARTICLE = /^(Article|BlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/;
const MAX_SCRIPTS = 12;
const MAX_SCRIPT_CHARS = 300_000;
const MAX_NODES = 2_000;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const types = (node: Node) => list(node['@type']).filter((t): t is string => typeof t === 'string');

/** Every object in the scripts, depth first through arrays and `@graph`, with a node budget. */
function collectNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const visit = (value: unknown, depth: number) => {
    if (nodes.length >= MAX_NODES || depth > 6) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    if (!isNode(value)) return;
    nodes.push(value);
    if (Array.isArray(value['@graph'])) visit(value['@graph'], depth + 1);
  };
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A page's broken JSON-LD says nothing; the other conventions may.
    }
  }
  return nodes;
}

/** The article node: a news type before any other article type, WebPage last. */
function pickArticle(nodes: Node[]): Node | undefined {
  const rank = (node: Node) => {
    const names = types(node);
    if (names.some((t) => NEWS.test(t))) return 0;
    if (names.some((t) => ARTICLE.test(t) && t !== 'WebPage')) return 1;
    return names.includes('WebPage') ? 2 : 3;
  };
  let best: Node | undefined;
  for (const node of nodes) if (rank(node) < 3 && (!best || rank(node) < rank(best))) best = node;
  return best;
}

export function readJsonLd(doc: Document, base: string): FoundFields {
  const nodes = collectNodes(doc);
  const article = pickArticle(nodes);
  if (!article) return {};
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown => {
    if (isNode(value) && typeof value['@id'] === 'string' && !('name' in value))
      return byId.get(value['@id']) ?? value;
    return value;
  };
  const nameOf = (value: unknown): unknown => {
    const node = resolve(value);
    return isNode(node) ? node['name'] : node;
  };
  const authors: Author[] = list(article['author'] ?? article['creator'])
    .slice(0, 40)
    .flatMap((value) => {
      const node = resolve(value);
      const name = nameOf(node);
      if (isNode(node) && types(node).some((t) => t !== 'Person')) return organisationName(name) ?? [];
      return typeof name === 'string' ? splitByline(name).flatMap((n) => personName(n) ?? []) : [];
    });
  const page = resolve(article['mainEntityOfPage']);
  const names = types(article);
  return {
    title: cleanText(article['headline']) ?? cleanText(article['name']),
    authors: uniqueAuthors(authors),
    site: cleanText(
      list(article['publisher'])
        .map(nameOf)
        .find((n) => typeof n === 'string'),
      MAX_NAME,
    ),
    published: cleanDate(article['datePublished'] ?? article['dateCreated']),
    modified: cleanDate(article['dateModified']),
    language: cleanLanguage(nameOf(article['inLanguage'])),
    url: cleanUrl(isNode(page) ? (page['@id'] ?? page['url']) : page, base) ?? cleanUrl(article['url'], base),
    doi: list(article['sameAs']).concat(list(article['identifier'])).map(cleanDoi).find(Boolean) ?? null,
    genre: names.some((t) => NEWS.test(t)) ? 'news' : names.includes('Report') ? 'report' : 'article',
  };
}
