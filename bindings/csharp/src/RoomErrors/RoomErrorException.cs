using System;

namespace RoomErrors
{
    /// <summary>
    /// A failed room-engine call. <see cref="Exception.Message"/> is English with the name and
    /// code, as logs expect (<c>"ERR_CAMERA_START_FAILED (-1100): The camera could not be started. …"</c>;
    /// <c>UNKNOWN</c> for codes the library does not know); <see cref="LocalizedMessage"/> is the
    /// text for the user's language.
    /// </summary>
    public class RoomErrorException : Exception
    {
        /// <summary>An exception for <paramref name="code"/>, any <see cref="int"/>.</summary>
        public RoomErrorException(int code)
            : base(LogText(code))
        {
            Code = code;
        }

        /// <summary>An exception for <paramref name="code"/> caused by <paramref name="innerException"/>.</summary>
        public RoomErrorException(int code, Exception innerException)
            : base(LogText(code), innerException)
        {
            Code = code;
        }

        /// <summary>An exception for <paramref name="code"/>.</summary>
        public RoomErrorException(RoomErrorCode code)
            : this((int)code)
        {
        }

        /// <summary>The engine's error code.</summary>
        public int Code { get; private set; }

        /// <summary><see cref="Code"/> as a <see cref="RoomErrorCode"/> (a value outside the enum for codes this binding does not list).</summary>
        public RoomErrorCode ErrorCode
        {
            get { return (RoomErrorCode)Code; }
        }

        /// <summary>What kind of problem it reports (<see cref="RoomError.Category"/>).</summary>
        public RoomErrorCategory Category
        {
            get { return RoomError.Category(Code); }
        }

        /// <summary>What its remedy asks for (<see cref="RoomError.Action"/>).</summary>
        public RoomErrorAction Action
        {
            get { return RoomError.Action(Code); }
        }

        /// <summary>Whether trying again may help (<see cref="RoomError.IsRetryable"/>).</summary>
        public bool IsRetryable
        {
            get { return RoomError.IsRetryable(Code); }
        }

        /// <summary>The message in <see cref="RoomError.DefaultLanguage"/>, for the user.</summary>
        public string LocalizedMessage
        {
            get { return RoomError.Message(Code); }
        }

        /// <summary>The message in <paramref name="language"/>.</summary>
        public string GetLocalizedMessage(RoomErrorLanguage language)
        {
            return RoomError.Message(Code, language);
        }

        /// <summary>Throws a <see cref="RoomErrorException"/> for <paramref name="code"/> unless it is 0 (<see cref="RoomErrorCode.Success"/>).</summary>
        public static void ThrowIfFailed(int code)
        {
            if (code != (int)RoomErrorCode.Success)
            {
                throw new RoomErrorException(code);
            }
        }

        /// <summary>The English log text: <c>"{NAME} ({code}): {English message}"</c>.</summary>
        private static string LogText(int code)
        {
            string name = RoomError.Name(code);
            return (name.Length == 0 ? "UNKNOWN" : name) + " (" + code.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "): " + RoomError.Message(code, RoomErrorLanguage.En);
        }
    }
}
