using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JdAfterSales.Testing;

/// <summary>
/// An ASP.NET Core middleware placed before WireMock's own. WireMock's response model cannot drop a connection or send
/// fewer bytes than it announces, so the response is buffered here and the WireMock callback says, through a slot in
/// an <see cref="AsyncLocal{T}"/> (the callback runs inside this middleware's async flow), what to do with it.
/// </summary>
internal static class ConnectionFaultMiddleware
{
    private static readonly AsyncLocal<Slot?> CurrentSlot = new();

    /// <summary>Called from the WireMock callback: asks the middleware to fault the connection of the current request.</summary>
    public static void Request(ConnectionFault fault)
    {
        if (CurrentSlot.Value is { } slot)
        {
            slot.Fault = fault;
        }
    }

    public static void Install(object applicationBuilder) =>
        ((IApplicationBuilder)applicationBuilder).Use(InvokeAsync);

    private static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var slot = new Slot();
        CurrentSlot.Value = slot;
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        switch (slot.Fault)
        {
            case ConnectionFault.Abort:
                context.Abort();
                return;

            case ConnectionFault.Truncate:
                context.Response.ContentLength = buffer.Length;
                await original.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)(buffer.Length / 2)), context.RequestAborted).ConfigureAwait(false);
                await original.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                context.Abort();
                return;

            default:
                context.Response.ContentLength = buffer.Length;
                buffer.Position = 0;
                await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
                return;
        }
    }

    private sealed class Slot
    {
        public ConnectionFault Fault { get; set; }
    }
}
