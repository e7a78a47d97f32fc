using System;
using System.Runtime.InteropServices;
using System.Text;

namespace RoomErrors
{
    /// <summary>
    /// The C functions of room_errors.h. The library is <c>room_errors</c>: .NET and Mono load
    /// <c>libroom_errors.so</c> (Linux, Android), <c>room_errors.dll</c> (Windows) or
    /// <c>libroom_errors.dylib</c> (macOS); on iOS the XCFramework's static library is linked into
    /// the app, so the functions are <c>__Internal</c>.
    /// </summary>
    internal static class Native
    {
#if UNITY_IOS && !UNITY_EDITOR
        private const string Library = "__Internal";
#else
        private const string Library = "room_errors";
#endif

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_message(int code, int lang);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_summary(int code, int lang);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_remedy(int code, int lang);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_user_message(int code, int lang);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_name(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int room_err_category_id(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int room_err_action(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int room_err_audience(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_action_label(int action, int lang);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern uint room_err_retry_after_ms(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        [return: MarshalAs(UnmanagedType.I1)]
        internal static extern bool room_err_is_known(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        [return: MarshalAs(UnmanagedType.I1)]
        internal static extern bool room_err_is_retryable(int code);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_codes(out UIntPtr count);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_version();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int room_err_lang_from_tag(byte[] tag);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int room_err_lang_from_list(byte[] list);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr room_err_lang_tag(int lang);

        /// <summary>A string the library returned (static, NUL-terminated UTF-8, never NULL).</summary>
        internal static string Decode(IntPtr text)
        {
            if (text == IntPtr.Zero)
            {
                return "";
            }
            int length = 0;
            while (Marshal.ReadByte(text, length) != 0)
            {
                length++;
            }
            var bytes = new byte[length];
            Marshal.Copy(text, bytes, 0, length);
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>
        /// <paramref name="text"/> as the NUL-terminated UTF-8 the library reads; null stays null
        /// (NULL in C). An embedded NUL ends the text there, as in C.
        /// </summary>
        internal static byte[] Encode(string text)
        {
            if (text == null)
            {
                return null;
            }
            var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
            Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
            return bytes;
        }
    }
}
