export declare const ACCEPTED_SWITCH_VALUES: string;
export declare const SWITCH_SETTINGS: { readonly DEMO_DATA: true; readonly SCHEDULER: true };
export declare function parseSwitch(value: string): boolean | undefined;
export declare function switchSetting(vars: Record<string, string | undefined>, name: keyof typeof SWITCH_SETTINGS): boolean;
export declare function productionProblems(vars: Record<string, string | undefined>): string[];
export declare function refusal(problems: string[]): string;
