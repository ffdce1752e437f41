/**
 * A value made on its first use, then kept. For Intl formatters above all: the first Intl.DateTimeFormat of
 * a page loads the locale's date data (30 to 50 ms in Chromium here), and made as modules load, they held up
 * everything the app starts with, the data requests included.
 */
export const onFirstUse = <T>(make: () => T) => {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
};
