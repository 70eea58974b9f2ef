export declare function productionProblems(vars: Record<string, string | undefined>): string[];
export declare function refusal(problems: string[]): string;
