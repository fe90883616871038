using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Npgsql;

namespace JourneyStudio.Web.Feedback.Storage;

/// <summary>
/// Rows in PostgreSQL's binary COPY format, encoded here and sent in 64 KB pieces through Npgsql's raw COPY stream.
/// An import writes hundreds of thousands of rows: Npgsql's importer, which resolves and binds a parameter for every
/// value, cost the app more CPU than PostgreSQL took to store the rows. It is also an <see cref="IBufferWriter{T}"/>,
/// so JSON values are serialised straight into their row.
/// </summary>
public sealed class BinaryCopyWriter : IBufferWriter<byte>, IAsyncDisposable
{
    private const int FlushAt = 64 * 1024;
    // "PGCOPY\n\xff\r\n\0", then no flags and no header extension.
    private static readonly byte[] Header = [.. "PGCOPY\n"u8, 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;

    private readonly NpgsqlRawCopyStream stream;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(FlushAt * 2);
    private int length;
    private bool completed;
    private Utf8JsonWriter? json;

    private BinaryCopyWriter(NpgsqlRawCopyStream stream)
    {
        this.stream = stream;
        Header.CopyTo(buffer, 0);
        length = Header.Length;
    }

    /// <summary>Starts <paramref name="copy"/>, a <c>copy … from stdin (format binary)</c> statement.</summary>
    public static async Task<BinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string copy, CancellationToken ct) =>
        new(await connection.BeginRawBinaryCopyAsync(copy, ct));

    public void StartRow(short columns) => BinaryPrimitives.WriteInt16BigEndian(Reserve(2), columns);

    public void Null() => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);

    public void Uuid(Guid value)
    {
        var span = Field(16);
        value.TryWriteBytes(span, bigEndian: true, out _);
    }

    /// <summary>A <c>timestamptz</c>: microseconds since 2000-01-01 UTC.</summary>
    public void TimestampTz(DateTimeOffset value) =>
        BinaryPrimitives.WriteInt64BigEndian(Field(8), (value.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);

    /// <summary>A <c>date</c>: days since 2000-01-01.</summary>
    public void Date(DateOnly value) => BinaryPrimitives.WriteInt32BigEndian(Field(4), value.DayNumber - PostgresEpochDay);

    public void Double(double? value)
    {
        if (value is { } v) BinaryPrimitives.WriteDoubleBigEndian(Field(8), v);
        else Null();
    }

    public void Int(int? value)
    {
        if (value is { } v) BinaryPrimitives.WriteInt32BigEndian(Field(4), v);
        else Null();
    }

    public void Short(short value) => BinaryPrimitives.WriteInt16BigEndian(Field(2), value);

    public void Bool(bool value) => Field(1)[0] = value ? (byte)1 : (byte)0;

    /// <summary>A <c>text</c> or <c>json</c> value (both travel as their UTF-8 text).</summary>
    public void Text(string? value)
    {
        if (value is null) { Null(); return; }
        var start = length;
        var span = Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written);
        length = start + 4 + written;
    }

    /// <summary>A <c>json</c> value, serialised straight into the row.</summary>
    public void Json<T>(T value, JsonTypeInfo<T> type)
    {
        var lengthAt = length;
        Reserve(4);
        json ??= new Utf8JsonWriter(this);
        json.Reset(this);
        JsonSerializer.Serialize(json, value, type);
        json.Flush();
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(lengthAt, 4), length - lengthAt - 4);
    }

    /// <summary>Sends what is encoded once it passes 64 KB; call between rows.</summary>
    public async ValueTask FlushIfFullAsync(CancellationToken ct)
    {
        if (length < FlushAt) return;
        await stream.WriteAsync(buffer.AsMemory(0, length), ct);
        length = 0;
    }

    /// <summary>Ends the COPY: PostgreSQL stores the last rows and checks them; a bad row fails here.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        await stream.WriteAsync(buffer.AsMemory(0, length), ct);
        length = 0;
        completed = true;
        await stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // A COPY left unfinished (an exception while encoding or sending) is cancelled, so none of its rows are stored.
        // If the connection itself broke, cancelling fails too; that failure is dropped so the one that ended the COPY
        // is what the caller sees (the transaction is lost with the connection either way).
        if (!completed)
        {
            try
            {
                await stream.CancelAsync();
                await stream.DisposeAsync();
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or ObjectDisposedException) { }
        }
        if (json is not null) await json.DisposeAsync();
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    void IBufferWriter<byte>.Advance(int count) => length += count;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint)
    {
        Ensure(Math.Max(sizeHint, 256));
        return buffer.AsMemory(length);
    }

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint)
    {
        Ensure(Math.Max(sizeHint, 256));
        return buffer.AsSpan(length);
    }

    /// <summary>A field of <paramref name="size"/> bytes: its length written, its bytes to fill.</summary>
    private Span<byte> Field(int size)
    {
        var span = Reserve(4 + size);
        BinaryPrimitives.WriteInt32BigEndian(span, size);
        return span[4..];
    }

    private Span<byte> Reserve(int size)
    {
        Ensure(size);
        var span = buffer.AsSpan(length, size);
        length += size;
        return span;
    }

    private void Ensure(int size)
    {
        if (buffer.Length - length >= size) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + size));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
