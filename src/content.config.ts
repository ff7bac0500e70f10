import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The guide: content/<lang>/<key>.mdx. The language is the folder and the key is the file name,
 * so the two translations of a page share one URL segment.
 */
const guide = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content' }),
  schema: z
    .object({
      title: z.string().trim().min(1),
      description: z.string().trim().min(20).max(300),
      summary: z.string().trim().min(1).max(160),
      order: z.number().int().nonnegative(),
      /** `site` for a page this site wrote (not part of the original article): listed after the parts, unnumbered. */
      kind: z.enum(['article', 'site']).default('article'),
      updated: z.coerce.date(),
    })
    .strict(),
});

const word = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1));

/**
 * Search words, one file a language: content/search/<lang>.yaml (see the comments there). The
 * build checks that every `guide` word is in that language's pages (src/features/search/words.ts).
 */
const searchWords = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/search' }),
  schema: z
    .object({
      stop: z.array(word),
      synonyms: z.array(
        z
          .object({
            reader: z.array(word).min(1),
            guide: z.array(word).min(1),
            // Below 1 for a reader's general words for the situation (还不上, "can't pay"): they
            // weigh less than the words that say what happened (修车, "crypto").
            weight: z.number().gt(0).lt(1).optional(),
          })
          .strict(),
      ),
      outside: z.array(word).default([]),
    })
    .strict(),
});

export const collections = { guide, searchWords };
