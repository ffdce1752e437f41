/** Text or an attribute's value written into HTML by the build: `&`, `"`, `<` and `>` as entities. */
export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
