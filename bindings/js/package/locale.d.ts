// A language module, `room-errors/locales/<tag>`: importing it registers the language's texts.
// It exports nothing.
export {};
