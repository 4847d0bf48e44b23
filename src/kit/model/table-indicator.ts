/**
 * The indicator id a `<table>`'s figures get when the chart does not name one. Apart
 * from the table reader (table-data.ts), which a chart loads only when it holds a table.
 */
export const TABLE_INDICATOR = 'table';
