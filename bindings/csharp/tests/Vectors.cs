using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace RoomErrors.Tests
{
    /// <summary>
    /// Reads the conformance vectors (target/vectors/*.tsv, written by tests/vectors/vectors.c
    /// from the C library): a header line <c>#col1\tcol2…</c>, then one row per line, fields
    /// escaped as <c>\\ \t \n \r \0</c> and <c>\xHH</c>. The folder comes from ROOM_ERRORS_VECTORS.
    /// </summary>
    public static class Vectors
    {
        /// <summary>Rows of FILE as column name to unescaped value (UTF-8). Rows whose bytes are not
        /// valid UTF-8 cannot be a .NET string; they are counted in <see cref="Unrepresentable"/>.</summary>
        public static List<Dictionary<string, string>> Read(string file)
        {
            string folder = Environment.GetEnvironmentVariable("ROOM_ERRORS_VECTORS");
            if (string.IsNullOrEmpty(folder))
            {
                throw new InvalidOperationException("ROOM_ERRORS_VECTORS names the folder of the conformance vectors (make vectors)");
            }
            var lines = File.ReadAllBytes(Path.Combine(folder, file));
            var rows = new List<Dictionary<string, string>>();
            string[] columns = null;
            int start = 0;
            for (int i = 0; i <= lines.Length; i++)
            {
                if (i < lines.Length && lines[i] != (byte)'\n')
                {
                    continue;
                }
                int length = i - start;
                if (length > 0)
                {
                    var line = new byte[length];
                    Array.Copy(lines, start, line, 0, length);
                    if (columns == null)
                    {
                        if (line[0] != (byte)'#')
                        {
                            throw new FormatException(file + ": the first line is not a # header");
                        }
                        columns = Encoding.UTF8.GetString(line, 1, length - 1).Split('\t');
                    }
                    else
                    {
                        var row = Row(file, columns, line);
                        if (row != null)
                        {
                            rows.Add(row);
                        }
                    }
                }
                start = i + 1;
            }
            if (rows.Count == 0)
            {
                throw new FormatException(file + ": no rows");
            }
            return rows;
        }

        /// <summary>How many rows held bytes that are not UTF-8 (skipped: a .NET string cannot hold them).</summary>
        public static int Unrepresentable;

        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);

        private static Dictionary<string, string> Row(string file, string[] columns, byte[] line)
        {
            var fields = new List<byte[]>();
            int start = 0;
            for (int i = 0; i <= line.Length; i++)
            {
                if (i == line.Length || line[i] == (byte)'\t')
                {
                    var field = new byte[i - start];
                    Array.Copy(line, start, field, 0, field.Length);
                    fields.Add(field);
                    start = i + 1;
                }
            }
            if (fields.Count != columns.Length)
            {
                throw new FormatException(file + ": a row has " + fields.Count + " fields, not " + columns.Length);
            }
            var row = new Dictionary<string, string>();
            for (int c = 0; c < columns.Length; c++)
            {
                try
                {
                    row[columns[c]] = Strict.GetString(Unescape(fields[c]));
                }
                catch (DecoderFallbackException)
                {
                    Unrepresentable++;
                    return null;
                }
            }
            return row;
        }

        /// <summary>The bytes a field stands for.</summary>
        public static byte[] Unescape(byte[] field)
        {
            var bytes = new List<byte>(field.Length);
            for (int i = 0; i < field.Length; i++)
            {
                if (field[i] != (byte)'\\')
                {
                    bytes.Add(field[i]);
                    continue;
                }
                if (++i == field.Length)
                {
                    throw new FormatException("a field ends in a lone backslash");
                }
                switch ((char)field[i])
                {
                    case '\\': bytes.Add((byte)'\\'); break;
                    case 't': bytes.Add((byte)'\t'); break;
                    case 'n': bytes.Add((byte)'\n'); break;
                    case 'r': bytes.Add((byte)'\r'); break;
                    case '0': bytes.Add(0); break;
                    case 'x':
                        if (i + 2 >= field.Length)
                        {
                            throw new FormatException("\\x needs two hex digits");
                        }
                        bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(field, i + 1, 2), 16));
                        i += 2;
                        break;
                    default:
                        throw new FormatException("unknown escape \\" + (char)field[i]);
                }
            }
            return bytes.ToArray();
        }
    }
}
