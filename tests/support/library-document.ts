// A short teacher's document of our own for the content-library tests: English, with dated events.

export const LIBRARY_DOCUMENT_TEXT = `# The Meiji embassy to Lima

In 1872 the Peruvian ship María Luz was detained in Yokohama, and the Chinese labourers on board were freed.

The Treaty of Peace, Friendship, Commerce and Navigation between Japan and Peru was signed in 1873.

Japan opened a consulate in Lima in 1897, which became a legation in 1909.

The first Japanese emigrants to Peru arrived on the ship Sakura Maru in 1899.

Peru and Japan broke off diplomatic relations in 1942, during the Second World War.

Diplomatic relations were restored in 1952, after the Treaty of San Francisco came into force.
`;

/** The same document with one sentence gone and one added: an edit the review page shows as a diff. */
export function editedLibraryDocument(): string {
  return LIBRARY_DOCUMENT_TEXT.replace(
    "The first Japanese emigrants to Peru arrived on the ship Sakura Maru in 1899.",
    "The Japanese Peruvian Association was founded in Lima in 1917.",
  );
}
