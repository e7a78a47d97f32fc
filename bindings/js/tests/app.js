// A web app's use of the package, for the bundlers (bundle.sh): the core imported statically,
// Japanese loaded lazily when needed, so that its module becomes a chunk of its own.
import { RoomErrorCode, loadLanguage, message } from 'room-errors';

export async function seatLocked() {
  const lang = await loadLanguage('ja-JP');
  return message(RoomErrorCode.SEAT_LOCKED, lang);
}
