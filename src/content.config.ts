/**
 * Where each kind of content lives and the schema it must match (schemas: src/lib/content/schemas.ts).
 * A missing or malformed field fails the build with the file name and the field path.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema, handbookSchema, templateSchema } from './lib/content/schemas';
import { guideNodeSchema } from './lib/guide/schema';
import { columnFieldSchema, reasonCategorySchema } from './lib/returns/schema';
import { ruleFileSchema, sourceSchema } from './lib/rules/schema';
import { conceptGroupSchema, questionWordsSchema, synonymGroupSchema } from './lib/search/schema';

export const collections = {
  handbook: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/handbook' }),
    schema: handbookSchema,
  }),
  templates: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/templates' }),
    schema: templateSchema,
  }),
  glossary: defineCollection({
    loader: file('content/glossary.yaml'),
    schema: glossarySchema,
  }),
  searchSynonyms: defineCollection({
    loader: file('content/search/synonyms.yaml'),
    schema: synonymGroupSchema,
  }),
  /** Question and function words that search drops from a seller's question (src/lib/search/question.ts). */
  searchQuestionWords: defineCollection({
    loader: file('content/search/stopwords.yaml'),
    schema: questionWordsSchema,
  }),
  /** Sellers' ways of describing a case, read as the guide's word for it in a question (question.ts). */
  searchConcepts: defineCollection({
    loader: file('content/search/concepts.yaml'),
    schema: conceptGroupSchema,
  }),
  /** The decision tree: node id → question or outcome (graph checks: src/integrations/guide-validation.ts). */
  guide: defineCollection({
    loader: file('content/guide/tree.yaml'),
    schema: guideNodeSchema,
  }),
  sources: defineCollection({
    loader: file('content/sources.yaml'),
    schema: sourceSchema,
  }),
  /**
   * The rules registry: one entry per topic file (the entry id is the topic), holding rule id → rule.
   * Reference and prose checks run at start-up: src/integrations/rules-check.ts.
   */
  rules: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/rules' }),
    schema: ruleFileSchema,
  }),
  /** Returns analysis: reason category → label, fix, handbook link, words found in Ozon's reason texts. */
  returnReasons: defineCollection({
    loader: file('content/returns/reasons.yaml'),
    schema: reasonCategorySchema,
  }),
  /** Returns analysis: column field → header names in Russian, English, Chinese and the Seller API. */
  returnColumns: defineCollection({
    loader: file('content/returns/columns.yaml'),
    schema: columnFieldSchema,
  }),
};
