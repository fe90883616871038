namespace JourneyStudio.Domain.Shared;

public static class Guard
{
    public static string Text(string? value, string field, int maxLength, bool allowEmpty = false)
    {
        var text = (value ?? "").Trim();
        if (!allowEmpty && text.Length == 0)
            throw new DomainRuleViolation(field, $"{field} must not be empty.");
        if (text.Length > maxLength)
            throw new DomainRuleViolation(field, $"{field} is {text.Length} characters long; the most allowed is {maxLength}.");
        return text;
    }

    public static int Range(int value, string field, int min, int max)
    {
        if (value < min || value > max)
            throw new DomainRuleViolation(field, $"{field} must be between {min} and {max}; got {value}.");
        return value;
    }

    public static decimal Range(decimal value, string field, decimal min, decimal max)
    {
        if (value < min || value > max)
            throw new DomainRuleViolation(field, $"{field} must be between {min} and {max}; got {value}.");
        return value;
    }
}
