using System;

namespace RoomErrors
{
    /// <summary>The <see cref="RoomError"/> members for a <see cref="RoomErrorCode"/>: <c>RoomErrorCode.SeatLocked.Message()</c>.</summary>
    public static class RoomErrorCodeExtensions
    {
        /// <summary><see cref="RoomError.Message(int)"/> of <paramref name="code"/>.</summary>
        public static string Message(this RoomErrorCode code)
        {
            return RoomError.Message((int)code);
        }

        /// <summary><see cref="RoomError.Message(int, RoomErrorLanguage)"/> of <paramref name="code"/>.</summary>
        public static string Message(this RoomErrorCode code, RoomErrorLanguage language)
        {
            return RoomError.Message((int)code, language);
        }

        /// <summary><see cref="RoomError.Summary(int)"/> of <paramref name="code"/>.</summary>
        public static string Summary(this RoomErrorCode code)
        {
            return RoomError.Summary((int)code);
        }

        /// <summary><see cref="RoomError.Summary(int, RoomErrorLanguage)"/> of <paramref name="code"/>.</summary>
        public static string Summary(this RoomErrorCode code, RoomErrorLanguage language)
        {
            return RoomError.Summary((int)code, language);
        }

        /// <summary><see cref="RoomError.Remedy(int)"/> of <paramref name="code"/>.</summary>
        public static string Remedy(this RoomErrorCode code)
        {
            return RoomError.Remedy((int)code);
        }

        /// <summary><see cref="RoomError.Remedy(int, RoomErrorLanguage)"/> of <paramref name="code"/>.</summary>
        public static string Remedy(this RoomErrorCode code, RoomErrorLanguage language)
        {
            return RoomError.Remedy((int)code, language);
        }

        /// <summary><see cref="RoomError.UserMessage(int)"/> of <paramref name="code"/>.</summary>
        public static string UserMessage(this RoomErrorCode code)
        {
            return RoomError.UserMessage((int)code);
        }

        /// <summary><see cref="RoomError.UserMessage(int, RoomErrorLanguage)"/> of <paramref name="code"/>.</summary>
        public static string UserMessage(this RoomErrorCode code, RoomErrorLanguage language)
        {
            return RoomError.UserMessage((int)code, language);
        }

        /// <summary><see cref="RoomError.Category"/> of <paramref name="code"/>.</summary>
        public static RoomErrorCategory Category(this RoomErrorCode code)
        {
            return RoomError.Category((int)code);
        }

        /// <summary><see cref="RoomError.Action"/> of <paramref name="code"/>.</summary>
        public static RoomErrorAction Action(this RoomErrorCode code)
        {
            return RoomError.Action((int)code);
        }

        /// <summary><see cref="RoomError.Audience"/> of <paramref name="code"/>.</summary>
        public static RoomErrorAudience Audience(this RoomErrorCode code)
        {
            return RoomError.Audience((int)code);
        }

        /// <summary><see cref="RoomError.RetryAfter"/> of <paramref name="code"/>.</summary>
        public static TimeSpan? RetryAfter(this RoomErrorCode code)
        {
            return RoomError.RetryAfter((int)code);
        }

        /// <summary><see cref="RoomError.IsRetryable"/> of <paramref name="code"/>.</summary>
        public static bool IsRetryable(this RoomErrorCode code)
        {
            return RoomError.IsRetryable((int)code);
        }

        /// <summary><see cref="RoomError.Name"/> of <paramref name="code"/>: the C name, <c>"ERR_SEAT_LOCKED"</c>.</summary>
        public static string CName(this RoomErrorCode code)
        {
            return RoomError.Name((int)code);
        }
    }
}
