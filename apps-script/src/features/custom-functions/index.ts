export const capaian = (..._a: unknown[]): unknown => '';
export const kategoriCapaian = capaian;
export const ratingHasil = capaian;
export const predikatKinerja = capaian;
export const cekDistribusi = capaian;
export const nilaiIki = capaian;
export const nilaiSakip = capaian;
export const predikatSakip = capaian;
