export declare const root: string;
export declare const COMPONENT_TAGS: readonly string[];
export declare function componentModule(tag: string): string;
export declare function componentEntries(): Record<string, string>;
export declare function libraryEntries(): Record<string, string>;
export declare function cdnEntries(): Record<string, string>;
