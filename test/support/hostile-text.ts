/**
 * Free text that would run if a page ever put it into the document as HTML (an image's onerror, a script,
 * an SVG's onload, a javascript: address). The security tests, in jsdom and in Chromium, fill the data's
 * free-text fields with these and check that the pages show them as written.
 */
export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_SVG = '"><svg onload=alert(1)>';
export const HOSTILE_URL = 'javascript:alert(1)';

export const HOSTILE_TEXTS = [HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_SVG, HOSTILE_URL] as const;
