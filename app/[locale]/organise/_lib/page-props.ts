/** The query string as Next hands it to a page: a parameter given twice comes as a list. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** What Next hands an organisers' page that reads its query string. */
export type SearchPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };
