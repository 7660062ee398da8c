namespace Network.Partners.Search;

/// <summary>Distances on the Earth's surface (haversine, mean radius), and the box that holds a circle.</summary>
public static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = Radians(latitude2 - latitude1);
        var dLon = Radians(longitude2 - longitude1);
        var a =
            (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A latitude/longitude box around a circle, for the database to narrow the search before
    /// distances.</summary>
    public static (double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude) BoundingBox(
        double latitude,
        double longitude,
        double radiusKm
    )
    {
        var dLat = radiusKm / EarthRadiusKm * (180 / Math.PI);
        var cos = Math.Cos(Radians(latitude));
        var dLon = cos < 1e-6 ? 180 : Math.Min(180, dLat / cos);
        return (latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
