package io.alephmonitor.model;

/** What a create form's field holds, which decides how it is typed in, checked and sent. */
public enum FieldType {
    /** One line of text, sent as a string. */
    TEXT,
    /** Several lines (a prompt, lyrics), sent as a string. */
    LONG_TEXT,
    /** A decimal number, sent as a JSON number. */
    NUMBER,
    /** A whole number, sent as a JSON number. */
    INTEGER,
    /** Yes or no, sent as true/false. */
    BOOLEAN,
    /** One of the documented {@link CreateField#choices()}; sent as a string, or a number when {@link CreateField#numericChoice()}. */
    CHOICE,
    /** One web address, sent as a string. */
    URL,
    /** Several web addresses (one a line, or separated by commas), sent as a JSON array of strings. */
    URL_LIST,
    /** Any JSON value, sent as it is written (checked where the body is built). */
    JSON
}
