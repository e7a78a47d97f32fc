using System;
using System.Threading;

namespace RoomErrors
{
    /// <summary>
    /// The decoded strings of one C function, one slot per (key, language), each filled on first
    /// use and never changed. Reads take no lock: a slot is read with <see cref="Volatile"/> and
    /// published with <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>, so racing threads
    /// decode the same static C string and all return the first copy stored.
    /// </summary>
    internal sealed class TextCache
    {
        private readonly Func<int, int, IntPtr> read;
        private readonly string[] slots;

        /// <param name="keys">How many keys (codes or action ids) have slots.</param>
        /// <param name="read">The C function: (C argument, language id) to a static string.</param>
        internal TextCache(int keys, Func<int, int, IntPtr> read)
        {
            this.read = read;
            slots = new string[keys * Catalog.LanguageCount];
        }

        /// <summary>The text of <paramref name="argument"/>, cached in slot <paramref name="key"/>.</summary>
        /// <param name="key">The slot's key, 0 to keys - 1.</param>
        /// <param name="argument">What the C function gets (a code or an action id).</param>
        /// <param name="language">A language id the catalog has (see <see cref="Languages.Id"/>).</param>
        internal string Get(int key, int argument, int language)
        {
            int slot = key * Catalog.LanguageCount + language;
            string text = Volatile.Read(ref slots[slot]);
            if (text != null)
            {
                return text;
            }
            text = Native.Decode(read(argument, language));
            return Interlocked.CompareExchange(ref slots[slot], text, null) ?? text;
        }
    }
}
