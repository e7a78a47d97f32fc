/* The installed C header, found on the include path (pkg-config room_errors), so that a copied or
 * vendored package builds. */
#include <room_errors.h>
