/**
 * The folder the explainer's content is read from, relative to the project. Tests point
 * EXPLAINER_CONTENT at a fixture to prove that a bad edit stops a real build.
 */
export const contentDir: string = process.env.EXPLAINER_CONTENT ?? 'content';
