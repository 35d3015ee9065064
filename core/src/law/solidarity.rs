//! Solidarity (AMMR Part IV): fair share under the reference key of AMMR 66 and Annex I.
