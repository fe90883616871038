namespace JourneyStudio.Domain.Maps;

public sealed partial class JourneyMap
{
    /// <summary>A copy whose lists can change without touching this one; elements are immutable records, so sharing them is safe.</summary>
    public JourneyMap Clone()
    {
        var copy = (JourneyMap)MemberwiseClone();
        copy.Stages = [.. Stages];
        copy.Lanes = [.. Lanes];
        copy.Cards = [.. Cards];
        copy.Handoffs = [.. Handoffs];
        copy.Removed = new Dictionary<Guid, RemovedElement>(Removed);
        return copy;
    }
}
