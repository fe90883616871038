namespace JourneyStudio.Domain.Maps.Commands;

/// <summary>Sizes that keep a map readable on a wall screen and keep one bad paste from bloating the stream.</summary>
public static class Limits
{
    public const int Title = 120;
    public const int Name = 80;
    public const int CardText = 2000;
    public const int Scenario = 1000;
    public const int BrandPromise = 300;
    public const int Channel = 40;
    public const int Label = 120;
    public const int Reason = 500;
    public const int Tag = 32;
    public const int Tags = 12;
    public const int Rules = 50;
    public const int RuleValue = 200;
    public const int Excerpt = 120;
    public const int EvidenceItems = 200;
}
