export declare const PAGE_RENDERS_PER_MINUTE: number;
export declare function parsePageRendersPerMinute(value: string | undefined): number;
