using Microsoft.Extensions.Options;

namespace JdAfterSales.DependencyInjection;

/// <summary>Validates bound options with the same rules as the client's constructor, at start-up.</summary>
internal sealed class JdClientOptionsValidator : IValidateOptions<JdClientOptions>
{
    public ValidateOptionsResult Validate(string? name, JdClientOptions options)
    {
        var errors = options.GetErrors();
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(static e => $"{e.Key}: {e.Value}"));
    }
}
