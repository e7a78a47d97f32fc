// A CommonJS TypeScript consumer (Electron's main process, say): `import` compiles to `require`,
// whose declarations are index.d.cts and locale.d.cts.
import { RoomError, RoomErrorCode, RoomErrorLanguage, langFromList, message } from 'room-errors';
import 'room-errors/locales/ja';

declare const process: { env: Record<string, string | undefined> };
const lang: RoomErrorLanguage = langFromList(process.env.LANG ?? '');
console.log(message(RoomErrorCode.SEAT_LOCKED, lang), new RoomError(-2343).localizedMessage);
// @ts-expect-error: not a code of the catalog
const unknownCode: RoomErrorCode = 5;
console.log(unknownCode);
