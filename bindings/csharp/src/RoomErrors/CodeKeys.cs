using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.InteropServices;

namespace RoomErrors
{
    /// <summary>
    /// The codes the native library knows (<c>room_err_codes</c>), read once, and each code's
    /// cache key: its position in that list, or <see cref="Unknown"/> for every other code (they
    /// all share the unknown-error texts).
    /// </summary>
    internal static class CodeKeys
    {
        /// <summary>Every known code, in catalog order.</summary>
        internal static readonly ReadOnlyCollection<int> All;

        /// <summary>The cache key of codes the library does not know.</summary>
        internal static readonly int Unknown;

        private static readonly Dictionary<int, int> keys;

        static CodeKeys()
        {
            UIntPtr count;
            IntPtr first = Native.room_err_codes(out count);
            var codes = new int[(int)count.ToUInt32()];
            Marshal.Copy(first, codes, 0, codes.Length);
            All = new ReadOnlyCollection<int>(codes);
            Unknown = codes.Length;
            keys = new Dictionary<int, int>(codes.Length);
            for (int i = 0; i < codes.Length; i++)
            {
                keys[codes[i]] = i;
            }
        }

        /// <summary>The cache key of <paramref name="code"/>.</summary>
        internal static int Key(int code)
        {
            int key;
            return keys.TryGetValue(code, out key) ? key : Unknown;
        }
    }
}
