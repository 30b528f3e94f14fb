// What the build steps (scripts/split.mjs, scripts/bundle.mjs) read from the index.html Trunk
// wrote: a tag found exactly once, and the patterns of the glue's and the wasm's preloads.

/** The tags of the glue script and of the main wasm module, each with its file name. */
export const GLUE = '<link rel="modulepreload" href="\\./(cloud-self-check-[0-9a-f]+\\.js)"[^>]*>';
export const WASM = '<link rel="preload" href="\\./(cloud-self-check-[0-9a-f]+_bg\\.wasm)"[^>]*>';

/**
 * The one match of `pattern` in `page` (the tag, and the first group as `name`); anything but
 * one match is `fail`ed with what was looked for.
 */
export function one(page, pattern, what, fail) {
  const matches = [...page.matchAll(new RegExp(pattern, 'g'))];
  if (matches.length !== 1) fail(`index.html has ${matches.length} ${what}, expected one`);
  return { tag: matches[0][0], name: matches[0][1] };
}
