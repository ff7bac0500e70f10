import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * One collection for the whole guide: content/<lang>/<key>.mdx. The language is the folder and
 * the key is the file name, so the two translations of a page share one URL segment.
 * GUIDE_CONTENT_DIR exists for the tests that build deliberately broken copies of the content.
 */
const guide = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: process.env.GUIDE_CONTENT_DIR ?? './content' }),
  schema: z
    .object({
      title: z.string().trim().min(1),
      description: z.string().trim().min(20).max(300),
      summary: z.string().trim().min(1).max(160),
      order: z.number().int().nonnegative(),
      /** `site` for a page this site wrote (not part of the original article): listed after the parts, unnumbered. */
      kind: z.enum(['article', 'site']).default('article'),
      keywords: z.array(z.string().trim().min(1)).default([]),
      updated: z.coerce.date(),
    })
    .strict(),
});

export const collections = { guide };
