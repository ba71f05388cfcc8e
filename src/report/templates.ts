// Handlebars templates of the reports. The text report reproduces `alloy convert -r`:
// the rendered diagnostics, one per line, then a footer saying what happened.

export const TEXT_REPORT = "{{#each diagnostics}}{{this}}{{#unless @last}}\n{{/unless}}{{/each}}{{footer}}";

export const FOOTERS = {
  critical:
    "\n\nA configuration file was not generated due to critical issues. Refer to the critical messages for more information.",
  error:
    "\n\nA configuration file was not generated due to errors. Refer to the error messages for more information.\n\n" +
    "You can bypass the errors by using the --bypass-errors flag. Bypassing errors isn't recommended for production environments.",
  success: "\n\nA configuration file was generated successfully.",
} as const;
